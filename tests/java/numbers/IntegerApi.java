package numbers;

public class IntegerApi {
    public static void main(String[] args) {
        int[] vals = {0, 1, -1, 42, -42, 255, 1 << 20, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x0F0F0F0F};
        for (int v : vals) {
            System.out.println(v + ": hex=" + Integer.toHexString(v) + " oct=" + Integer.toOctalString(v) + " bin=" + Integer.toBinaryString(v)
                + " r36=" + Integer.toString(v, 36) + " r7=" + Integer.toString(v, 7) + " bits=" + Integer.bitCount(v) + " hi=" + Integer.highestOneBit(v) + " lo=" + Integer.lowestOneBit(v)
                + " nlz=" + Integer.numberOfLeadingZeros(v) + " ntz=" + Integer.numberOfTrailingZeros(v) + " rev=" + Integer.reverse(v) + " revb=" + Integer.reverseBytes(v)
                + " unsigned=" + Integer.toUnsignedString(v) + " ul=" + Integer.toUnsignedLong(v));
        }
        System.out.println(Integer.MAX_VALUE + " " + Integer.MIN_VALUE + " " + Integer.SIZE + " " + Integer.BYTES);
        System.out.println(Integer.parseInt("123") + " " + Integer.parseInt("-0") + " " + Integer.parseInt("+77") + " " + Integer.parseInt("ff", 16) + " " + Integer.parseInt("-zz", 36) + " " + Integer.parseInt("1010", 2) + " " + Integer.parseInt("2147483647") + " " + Integer.parseInt("-2147483648"));
        System.out.println(Integer.valueOf("99") + " " + Integer.valueOf(5).equals(5) + " " + Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Integer.decode("#ff") + " " + Integer.parseUnsignedInt("4294967295") + " " + Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3));
        System.out.println(Integer.max(3, 9) + " " + Integer.min(3, 9) + " " + Integer.sum(3, 9) + " " + Integer.signum(-9) + " " + Integer.compare(5, 5) + " " + Integer.valueOf(300).byteValue() + " " + Integer.valueOf(70000).shortValue() + " " + Integer.valueOf(7).doubleValue());
        System.out.println(Short.MAX_VALUE + " " + Short.MIN_VALUE + " " + Byte.MAX_VALUE + " " + Byte.MIN_VALUE + " " + Short.parseShort("-123") + " " + Byte.parseByte("7f", 16) + " " + Short.toUnsignedInt((short) -1) + " " + Byte.toUnsignedInt((byte) -1));
        System.out.println(Short.reverseBytes((short) 0x1234) + " " + Integer.toHexString(Short.reverseBytes((short) 0x1234)) + " " + Character.reverseBytes('\u1234'));
    }
}
