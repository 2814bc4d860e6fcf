package strings;

public class TextBlocks {
    public static void main(String[] args) {
        String json = """
            {
              "name": "Cortado",
              "version": 1,
              "tags": ["jvm", "rust"]
            }
            """;
        System.out.print(json);
        System.out.println("lines=" + json.lines().count() + " length=" + json.length());
        String noTrailingNewline = """
            one
            two""";
        System.out.println("[" + noTrailingNewline + "]");
        String escapes = """
            tab:\there
            quote: \""" inside
            joined \
            line
            trailing space kept:\s
            backslash: \\
            """;
        System.out.print(escapes.replace(' ', '.'));
        String indented = """
                deeper
              shallower
            base
            """;
        System.out.print(indented);
        String formatted = """
            Dear %s,
            your balance is %d.
            """.formatted("Ada", 42);
        System.out.print(formatted);
        String html = """
            <ul>
            %s</ul>
            """.formatted(String.join("", "<li>a</li>\n", "<li>b</li>\n"));
        System.out.print(html);
        System.out.println("""
            inline""".equals("inline"));
    }
}
