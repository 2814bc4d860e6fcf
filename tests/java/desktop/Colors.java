package desktop;

import java.awt.Color;
import java.awt.Transparency;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

public class Colors {
    public static void main(String[] args) {
        Color[] named = {Color.white, Color.LIGHT_GRAY, Color.gray, Color.DARK_GRAY, Color.black, Color.RED,
            Color.pink, Color.ORANGE, Color.yellow, Color.GREEN, Color.magenta, Color.CYAN, Color.blue};
        for (Color c : named) {
            System.out.println(c + " rgb=" + Integer.toHexString(c.getRGB()) + " hash=" + c.hashCode()
                + " brighter=" + c.brighter() + " darker=" + c.darker());
        }
        System.out.println(Color.red == Color.RED);
        System.out.println(Color.RED.equals(new Color(255, 0, 0)) + " " + Color.RED.equals(new Color(255, 0, 0, 254))
            + " " + Color.RED.equals("red"));
        Color t = new Color(10, 20, 30, 40);
        System.out.println(t + " " + t.getAlpha() + " " + t.getRGB() + " " + t.getTransparency() + " " + t.brighter().getAlpha());
        System.out.println(new Color(0x123456) + " " + new Color(0x80123456, true).getAlpha() + " "
            + new Color(0x80123456, false).getAlpha() + " " + new Color(-1).getRGB());
        System.out.println(new Color(0, 0, 0, 0).getTransparency() + " " + Color.black.getTransparency() + " "
            + Transparency.TRANSLUCENT);
        System.out.println(new Color(0.5f, 0.25f, 1f) + " " + new Color(0.1f, 0.2f, 0.3f, 0.4f).getAlpha());
        System.out.println(Arrays.toString(new Color(0.1f, 0.2f, 0.3f, 0.4f).getRGBComponents(null)) + " "
            + Arrays.toString(new Color(25, 51, 76).getRGBComponents(null)) + " "
            + Arrays.toString(Color.orange.getRGBColorComponents(new float[3])));
        for (String s : new String[] {"#FF8800", "0x00ff00", "255", "#fff", "-1", "077", "#1234567", "blue", "", "#"}) {
            try {
                System.out.println("decode " + s + " -> " + Color.decode(s));
            } catch (NumberFormatException e) {
                System.out.println("decode " + s + " -> " + e);
            }
        }
        int[][] bad = {{256, 0, 0, 255}, {0, -1, 0, 255}, {0, 0, 300, 255}, {0, 0, 0, 256}, {-1, -1, -1, -1}};
        for (int[] b : bad) {
            try {
                System.out.println(new Color(b[0], b[1], b[2], b[3]));
            } catch (IllegalArgumentException e) {
                System.out.println(e);
            }
        }
        float[][] badf = {{1.5f, 0f, 0f, 1f}, {0f, -0.001f, 0f, 1f}, {0f, 0f, 0f, 1.01f}, {0.5f, 0.5f, 2f, -1f}};
        for (float[] b : badf) {
            try {
                System.out.println(new Color(b[0], b[1], b[2], b[3]));
            } catch (IllegalArgumentException e) {
                System.out.println(e);
            }
            try {
                System.out.println(new Color(b[0], b[1], b[2]));
            } catch (IllegalArgumentException e) {
                System.out.println(e);
            }
        }
        float[] hsb = new float[3];
        for (Color c : named) {
            Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), hsb);
            int back = Color.HSBtoRGB(hsb[0], hsb[1], hsb[2]);
            System.out.println("hsb " + Arrays.toString(hsb) + " back=" + Integer.toHexString(back));
        }
        System.out.println(Arrays.toString(Color.RGBtoHSB(12, 200, 99, null)) + " "
            + Arrays.toString(Color.RGBtoHSB(200, 12, 99, null)) + " " + Arrays.toString(Color.RGBtoHSB(99, 12, 200, null)));
        for (float h = -0.5f; h <= 1.5f; h += 0.125f) {
            System.out.print(Integer.toHexString(Color.HSBtoRGB(h, 0.75f, 0.9f)) + " ");
        }
        System.out.println();
        System.out.println(Color.getHSBColor(0.6f, 0.5f, 0.5f) + " " + Integer.toHexString(Color.HSBtoRGB(0.3f, 0f, 0.42f)));
        Color c = new Color(100, 150, 200);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            c = c.brighter();
            sb.append(c.getRed()).append(',').append(c.getGreen()).append(',').append(c.getBlue()).append(' ');
        }
        System.out.println(sb);
        sb.setLength(0);
        for (int i = 0; i < 8; i++) {
            c = c.darker();
            sb.append(c.getRed()).append(',').append(c.getGreen()).append(',').append(c.getBlue()).append(' ');
        }
        System.out.println(sb);
        System.out.println(new Color(1, 2, 0).brighter() + " " + new Color(0, 0, 0, 7).brighter().getAlpha());
        Map<Color, String> names = new HashMap<>();
        names.put(Color.RED, "red");
        names.put(Color.GREEN, "green");
        System.out.println(names.get(new Color(255, 0, 0)) + " " + names.get(new Color(0, 255, 0)) + " " + names.get(Color.BLUE));
        System.out.println(Color.getColor("no.such.color") + " " + Color.getColor("no.such.color", Color.cyan) + " "
            + Color.getColor("no.such.color", 0xabcdef));
        System.setProperty("desk.color", "0x102030");
        System.out.println(Color.getColor("desk.color"));
    }
}
