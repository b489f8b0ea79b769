/** A word from the vocabulary, in bold, and the line that ties it to the seed's list. */
export function Explained({ term, line, kind }: { term: string; line: string; kind: string }) {
  return (
    <span className={`panel-explained is-${kind}`}>
      <strong className="panel-term">{term}</strong> <span className="panel-gloss">{line}</span>
    </span>
  );
}
