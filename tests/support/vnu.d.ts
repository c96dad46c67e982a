declare module 'vnu-jar' {
  /** The path to vnu.jar. */
  const path: string;
  export default path;
}
