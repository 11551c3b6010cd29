/** The HTML report's page, bundled by scripts/html-page.mjs and served by build.mjs and vitest.config.ts. */
declare module 'virtual:promptgate-html-page' {
  /** The page script (an IIFE), safe to inline in `<script>`. */
  export const script: string;
  /** The page stylesheet, safe to inline in `<style>`. */
  export const style: string;
}
