import { formatNumber, serialToDate } from "./number-format";

describe("formatNumber: a number as Excel shows it", () => {
  test.each([
    [0.95, "0%", "95%"],
    [0.955, "0.0%", "95.5%"],
    [0.9, "0.00%", "90.00%"],
    [1, "0%", "100%"],
    [80, '0"人"', "80人"],
    [12, '0"场"', "12场"],
    [2.5, '0.0"万元"', "2.5万元"],
    [4157.41, "#,##0.00", "4,157.41"],
    [4157.4, "#,##0.00", "4,157.40"],
    [1234567, "#,##0", "1,234,567"],
    [3.14159, "0.##", "3.14"],
    [3, "0.##", "3"],
    [500, "[$元-804]0", "元500"],
    [0.5, "0%;[Red]-0%", "50%"],
    [44561, "yyyy-mm-dd", "2021-12-31"],
    [44561, 'yyyy"年"m"月"d"日"', "2021-12-31"],
  ])("%s with %s → %s", (n, fmt, shown) => expect(formatNumber(n, fmt)).toBe(shown));

  test.each([["General"], ["G/通用格式"], ["@"], [""], [null], [undefined]])("%s changes nothing", (fmt) =>
    expect(formatNumber(0.95, fmt)).toBeNull(),
  );

  test("serials before 1900-03-01 and out of range", () => {
    expect(serialToDate(1)).toBe("1900-01-01");
    expect(serialToDate(61)).toBe("1900-03-01");
    expect(serialToDate(0)).toBeNull();
    expect(serialToDate(1e9)).toBeNull();
  });
});
