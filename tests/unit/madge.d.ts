/** The part of madge's API the import-cycle test uses (madge ships no types). */
declare module 'madge' {
  interface MadgeResult {
    obj(): Record<string, string[]>
    circular(): string[][]
    warnings(): { skipped: string[] }
  }
  interface MadgeConfig {
    baseDir?: string
    fileExtensions?: string[]
    tsConfig?: string | object
  }
  export default function madge(paths: string | string[], config?: MadgeConfig): Promise<MadgeResult>
}
