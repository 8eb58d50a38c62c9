/** exceljs's browser build (UMD), loaded only by the preview bundle. */
declare module "exceljs/dist/exceljs.min.js" {
  import * as ExcelJS from "exceljs";
  export default ExcelJS;
}
