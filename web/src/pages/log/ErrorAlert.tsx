/** A problem with what was just entered, announced to screen readers; nothing when `error` is empty. */
export function ErrorAlert({ error, inline = false }: { error: string; inline?: boolean }) {
  if (error === '') return null;
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag className="error" role="alert">
      ⚠ {error}
    </Tag>
  );
}
