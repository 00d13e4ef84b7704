/** crxjs: `?script` imports resolve to the built script's path inside the extension. */
declare module '*?script' {
  const path: string;
  export default path;
}
