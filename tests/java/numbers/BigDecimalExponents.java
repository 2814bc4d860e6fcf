package numbers;

import java.math.BigDecimal;

/** Parsing BigDecimal exponents: leading zeros, too many digits, int overflow, scale range. */
public class BigDecimalExponents {
    public static void main(String[] args) {
        String[] inputs = {"1e99999999999", "1e-99999999999", "1e2147483647", "1e2147483648",
                "1e-2147483648", "1e-2147483649", "1e00000000000000000005", "1e-00000000000000000005",
                "1e0000000000000000000x", "1e12345678901", "1e9999999999", "1e-9999999999",
                "1.5e-2147483647", "1e", "1e+", "1ex", "1e1e1", "1e+-5", "0.1e-2147483648",
                "\u0661\u0662e\u0662", "123456789012345678901234567890e-5", "-0.0e0", "5E+0000000000007"};
        for (String s : inputs) {
            try {
                System.out.println(s + " -> " + new BigDecimal(s));
            } catch (NumberFormatException e) {
                System.out.println(s + " -> " + e);
            }
        }
    }
}
