// The `stopword` package ships no types; we use only its per-language word lists.
declare module 'stopword' {
  export const eng: string[];
  export const deu: string[];
  export const fra: string[];
  export const spa: string[];
  export const rus: string[];
  // Neighbouring languages the language detector weighs texts against (utils/text/language.ts).
  export const ita: string[];
  export const por: string[];
  export const nld: string[];
  export const pol: string[];
  export const ukr: string[];
}
