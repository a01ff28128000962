/** A button-styled label around a hidden file input (keyboard and screen readers reach the input). */
export function FilePicker(props: {
  label: string;
  accept: string;
  testId: string;
  onFiles: (files: FileList | null) => void;
}) {
  return (
    <label className="button">
      {props.label}
      <input
        type="file"
        accept={props.accept}
        className="visually-hidden"
        data-testid={props.testId}
        onChange={(e) => props.onFiles(e.target.files)}
      />
    </label>
  );
}
