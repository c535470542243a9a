import { paragraphsOf } from '@/lib/config/site'

/** Plain text written with empty lines between paragraphs, as paragraphs. */
export function Paragraphs({ text }: { text: string | null | undefined }) {
  return paragraphsOf(text).map((paragraph, index) => <p key={index}>{paragraph}</p>)
}
