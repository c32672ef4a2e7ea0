declare module 'virtual:jst/search-ui-url' {
  /** Root-relative URL of the bundled search UI module (src/components/search/search-ui.ts). */
  const url: string;
  export default url;
}
