package apps;

import java.util.*;
import java.util.function.Function;

/** A small Markdown-to-HTML converter plus a {{mustache}}-like template engine, without regex. */
public class MarkdownHtml {

    // ---------------------------------------------------------------- inline formatting
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String inline(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && "*_`[]\\#".indexOf(text.charAt(i + 1)) >= 0) {
                out.append(text.charAt(i + 1));
                i += 2;
            } else if (c == '`') {
                int end = text.indexOf('`', i + 1);
                if (end < 0) { out.append(escape("`")); i++; continue; }
                out.append("<code>").append(escape(text.substring(i + 1, end))).append("</code>");
                i = end + 1;
            } else if (text.startsWith("**", i)) {
                int end = text.indexOf("**", i + 2);
                if (end < 0) { out.append("**"); i += 2; continue; }
                out.append("<strong>").append(inline(text.substring(i + 2, end))).append("</strong>");
                i = end + 2;
            } else if (c == '*' || c == '_') {
                int end = text.indexOf(c, i + 1);
                if (end < 0 || end == i + 1) { out.append(c); i++; continue; }
                out.append("<em>").append(inline(text.substring(i + 1, end))).append("</em>");
                i = end + 1;
            } else if (c == '[') {
                int close = text.indexOf(']', i);
                if (close > 0 && close + 1 < text.length() && text.charAt(close + 1) == '(') {
                    int paren = text.indexOf(')', close);
                    if (paren > 0) {
                        String label = text.substring(i + 1, close);
                        String url = text.substring(close + 2, paren);
                        out.append("<a href=\"").append(escape(url)).append("\">").append(inline(label)).append("</a>");
                        i = paren + 1;
                        continue;
                    }
                }
                out.append('[');
                i++;
            } else {
                out.append(switch (c) {
                    case '<' -> "&lt;";
                    case '>' -> "&gt;";
                    case '&' -> "&amp;";
                    default -> String.valueOf(c);
                });
                i++;
            }
        }
        return out.toString();
    }

    static String slug(String heading) {
        StringBuilder sb = new StringBuilder();
        boolean dash = false;
        for (char c : heading.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) { sb.append(c); dash = false; }
            else if (!dash && sb.length() > 0) { sb.append('-'); dash = true; }
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') sb.deleteCharAt(sb.length() - 1);
        return sb.toString();
    }

    // ---------------------------------------------------------------- block structure
    static final class Converter {
        private final StringBuilder html = new StringBuilder();
        private final List<String> toc = new ArrayList<>();
        private final Map<String, Integer> slugCounts = new HashMap<>();
        private final Deque<String> openLists = new ArrayDeque<>();
        private final List<String> paragraph = new ArrayList<>();
        private int headings, codeBlocks, listItems, tables;

        String convert(String md) {
            String[] lines = md.split("\n", -1);
            boolean inCode = false;
            String codeLang = "";
            List<String[]> tableRows = new ArrayList<>();
            for (int n = 0; n < lines.length; n++) {
                String line = lines[n];
                if (line.startsWith("```")) {
                    if (!inCode) {
                        flushAll();
                        codeLang = line.substring(3).trim();
                        html.append(codeLang.isEmpty() ? "<pre><code>" : "<pre><code class=\"language-" + codeLang + "\">");
                        inCode = true;
                        codeBlocks++;
                    } else {
                        html.append("</code></pre>\n");
                        inCode = false;
                    }
                    continue;
                }
                if (inCode) {
                    html.append(escape(line)).append('\n');
                    continue;
                }
                String trimmed = line.strip();
                if (trimmed.startsWith("|") && trimmed.endsWith("|") && trimmed.length() > 1) {
                    flushParagraph();
                    closeLists(0);
                    String[] cells = trimmed.substring(1, trimmed.length() - 1).split("\\|");
                    for (int k = 0; k < cells.length; k++) cells[k] = cells[k].strip();
                    tableRows.add(cells);
                    continue;
                } else if (!tableRows.isEmpty()) {
                    emitTable(tableRows);
                    tableRows.clear();
                }
                if (trimmed.isEmpty()) {
                    flushAll();
                    continue;
                }
                int level = 0;
                while (level < trimmed.length() && trimmed.charAt(level) == '#') level++;
                if (level > 0 && level <= 6 && level < trimmed.length() && trimmed.charAt(level) == ' ') {
                    flushAll();
                    String text = trimmed.substring(level + 1).strip();
                    String id = slug(text);
                    int seen = slugCounts.merge(id, 1, Integer::sum);
                    if (seen > 1) id = id + "-" + (seen - 1);
                    html.append("<h").append(level).append(" id=\"").append(id).append("\">")
                            .append(inline(text)).append("</h").append(level).append(">\n");
                    toc.add("  ".repeat(level - 1) + "- " + text + " (#" + id + ")");
                    headings++;
                    continue;
                }
                if (trimmed.equals("---") || trimmed.equals("***")) {
                    flushAll();
                    html.append("<hr/>\n");
                    continue;
                }
                if (trimmed.startsWith("> ")) {
                    flushAll();
                    html.append("<blockquote>").append(inline(trimmed.substring(2))).append("</blockquote>\n");
                    continue;
                }
                int indent = 0;
                while (indent < line.length() && line.charAt(indent) == ' ') indent++;
                int depth = indent / 2 + 1;
                String listTag = null;
                String itemText = null;
                if (trimmed.startsWith("- ") || trimmed.startsWith("* ")) {
                    listTag = "ul";
                    itemText = trimmed.substring(2);
                } else {
                    int d = 0;
                    while (d < trimmed.length() && Character.isDigit(trimmed.charAt(d))) d++;
                    if (d > 0 && d + 1 < trimmed.length() && trimmed.charAt(d) == '.' && trimmed.charAt(d + 1) == ' ') {
                        listTag = "ol";
                        itemText = trimmed.substring(d + 2);
                    }
                }
                if (listTag != null) {
                    flushParagraph();
                    closeLists(depth);
                    if (openLists.size() < depth) {
                        html.append("  ".repeat(openLists.size())).append('<').append(listTag).append(">\n");
                        openLists.push(listTag);
                    }
                    String checkbox = "";
                    if (itemText.startsWith("[ ] ") || itemText.startsWith("[x] ")) {
                        checkbox = itemText.charAt(1) == 'x' ? "<input type=\"checkbox\" checked/> " : "<input type=\"checkbox\"/> ";
                        itemText = itemText.substring(4);
                    }
                    html.append("  ".repeat(openLists.size())).append("<li>").append(checkbox).append(inline(itemText)).append("</li>\n");
                    listItems++;
                    continue;
                }
                closeLists(0);
                paragraph.add(trimmed);
            }
            if (!tableRows.isEmpty()) emitTable(tableRows);
            if (inCode) html.append("</code></pre><!-- unterminated code block -->\n");
            flushAll();
            return html.toString();
        }

        private void emitTable(List<String[]> rows) {
            tables++;
            html.append("<table>\n");
            boolean hasSep = rows.size() > 1 && Arrays.stream(rows.get(1)).allMatch(c -> !c.isEmpty() && c.chars().allMatch(ch -> ch == '-' || ch == ':'));
            String[] aligns = new String[rows.get(0).length];
            if (hasSep) {
                String[] sep = rows.get(1);
                for (int k = 0; k < aligns.length && k < sep.length; k++) {
                    boolean l = sep[k].startsWith(":"), r = sep[k].endsWith(":");
                    aligns[k] = l && r ? "center" : r ? "right" : l ? "left" : null;
                }
            }
            for (int r = 0; r < rows.size(); r++) {
                if (hasSep && r == 1) continue;
                String tag = hasSep && r == 0 ? "th" : "td";
                html.append("  <tr>");
                String[] cells = rows.get(r);
                for (int k = 0; k < cells.length; k++) {
                    html.append('<').append(tag);
                    if (k < aligns.length && aligns[k] != null) html.append(" align=\"").append(aligns[k]).append('"');
                    html.append('>').append(inline(cells[k])).append("</").append(tag).append('>');
                }
                html.append("</tr>\n");
            }
            html.append("</table>\n");
        }

        private void closeLists(int keep) {
            while (openLists.size() > keep) {
                String tag = openLists.pop();
                html.append("  ".repeat(openLists.size())).append("</").append(tag).append(">\n");
            }
        }

        private void flushParagraph() {
            if (paragraph.isEmpty()) return;
            html.append("<p>").append(inline(String.join(" ", paragraph))).append("</p>\n");
            paragraph.clear();
        }

        private void flushAll() {
            flushParagraph();
            closeLists(0);
        }

        String stats() {
            return String.format("headings=%d code=%d items=%d tables=%d chars=%d", headings, codeBlocks, listItems, tables, html.length());
        }
    }

    // ---------------------------------------------------------------- templates
    static class TemplateException extends RuntimeException {
        TemplateException(String msg) { super(msg); }
    }

    static String render(String tpl, Map<String, Object> ctx) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < tpl.length()) {
            int open = tpl.indexOf("{{", i);
            if (open < 0) { out.append(tpl, i, tpl.length()); break; }
            out.append(tpl, i, open);
            int close = tpl.indexOf("}}", open);
            if (close < 0) throw new TemplateException("unclosed tag at " + open);
            String tag = tpl.substring(open + 2, close).strip();
            if (tag.startsWith("#")) {
                String name = tag.substring(1).strip();
                String endTag = "{{/" + name + "}}";
                int end = tpl.indexOf(endTag, close);
                if (end < 0) throw new TemplateException("missing " + endTag);
                String body = tpl.substring(close + 2, end);
                Object v = resolve(ctx, name);
                if (v instanceof List<?> list) {
                    int idx = 0;
                    for (Object item : list) {
                        Map<String, Object> child = new HashMap<>(ctx);
                        child.put(".", item);
                        child.put("@index", idx++);
                        child.put("@first", idx == 1);
                        child.put("@last", idx == list.size());
                        if (item instanceof Map<?, ?> m) m.forEach((k, val) -> child.put(String.valueOf(k), val));
                        out.append(render(body, child));
                    }
                } else if (truthy(v)) {
                    out.append(render(body, ctx));
                }
                i = end + endTag.length();
            } else if (tag.startsWith("^")) {
                String name = tag.substring(1).strip();
                String endTag = "{{/" + name + "}}";
                int end = tpl.indexOf(endTag, close);
                if (end < 0) throw new TemplateException("missing " + endTag);
                if (!truthy(resolve(ctx, name))) out.append(render(tpl.substring(close + 2, end), ctx));
                i = end + endTag.length();
            } else {
                String[] pipes = tag.split("\\|");
                Object v = resolve(ctx, pipes[0].strip());
                String s = v == null ? "" : String.valueOf(v);
                for (int p = 1; p < pipes.length; p++) s = filter(pipes[p].strip()).apply(s);
                out.append(pipes.length > 1 && pipes[pipes.length - 1].strip().equals("raw") ? s : escape(s));
                i = close + 2;
            }
        }
        return out.toString();
    }

    static Function<String, String> filter(String name) {
        return switch (name) {
            case "upper" -> s -> s.toUpperCase(Locale.ROOT);
            case "lower" -> s -> s.toLowerCase(Locale.ROOT);
            case "trim" -> String::strip;
            case "len" -> s -> Integer.toString(s.length());
            case "reverse" -> s -> new StringBuilder(s).reverse().toString();
            case "title" -> s -> {
                StringBuilder sb = new StringBuilder();
                boolean start = true;
                for (char c : s.toCharArray()) {
                    sb.append(start ? Character.toTitleCase(c) : c);
                    start = Character.isWhitespace(c);
                }
                return sb.toString();
            };
            case "raw" -> Function.identity();
            default -> throw new TemplateException("unknown filter '" + name + "'");
        };
    }

    static Object resolve(Map<String, Object> ctx, String path) {
        Object cur = ctx;
        for (String part : path.split("\\.", -1)) {
            if (part.isEmpty()) return ctx.get(".");
            if (!(cur instanceof Map<?, ?> m)) return null;
            cur = m.get(part);
        }
        return cur;
    }

    static boolean truthy(Object v) {
        if (v == null) return false;
        if (v instanceof Boolean b) return b;
        if (v instanceof Number n) return n.doubleValue() != 0;
        if (v instanceof String s) return !s.isEmpty();
        if (v instanceof Collection<?> c) return !c.isEmpty();
        return true;
    }

    public static void main(String[] args) {
        String md = """
            # Project *Cortado* Notes

            Cortado is a **small** JVM. It runs `javac` output & prints <stuff>.
            This line continues the paragraph with a [link](https://example.org/a?b=1&c=2).

            ## Goals
            - run real programs
            - be *fast enough*
              - nested item one
              - nested item **two**
            - [x] checked task
            - [ ] open task

            ## Steps
            1. parse class files
            2. link and verify
            3. interpret bytecode

            ## Goals
            > Quote with `code` and _emphasis_.

            ```java
            if (a < b && c > d) {
                System.out.println("x");
            }
            ```

            | Name | Qty | Price |
            |:-----|:---:|------:|
            | apple | 3 | 1.25 |
            | pear | 10 | 0.80 |
            | **total** | 13 | 11.75 |

            ---
            Escaped \\*stars\\* and a lone * star and unmatched **bold.
            ### Symbols & Such: 100% (ok)?
            Trailing paragraph
            without blank line
            ```
            unterminated <code>
            """;
        Converter conv = new Converter();
        String html = conv.convert(md);
        System.out.print(html);
        System.out.println("-- toc --");
        conv.toc.forEach(System.out::println);
        System.out.println("-- stats --");
        System.out.println(conv.stats());

        String[] inlines = {"plain", "*a* _b_ **c**", "`x<y>`", "a ** b", "[x](y) [z]", "nested **bold *it* end**",
                "\\`not code\\`", "tab\tand & amp", "__", "[label](url"};
        for (String s : inlines) System.out.println(s + "  =>  " + inline(s));
        for (String h : List.of("Hello, World!", "  Spaces   everywhere ", "C++ & Java 17", "ÄÖÜ umlauts", "---"))
            System.out.println("slug(" + h + ") = '" + slug(h) + "'");

        Map<String, Object> ctx = new HashMap<>();
        ctx.put("title", "weekly report");
        ctx.put("author", Map.of("name", "  grace hopper ", "email", "grace@example.org"));
        List<Object> items = new ArrayList<>();
        String[][] rows = {{"compile", "done", "3"}, {"test", "failing", "12"}, {"deploy", "", "0"}};
        for (String[] r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("task", r[0]);
            m.put("state", r[1]);
            m.put("hours", Integer.parseInt(r[2]));
            items.add(m);
        }
        ctx.put("items", items);
        ctx.put("empty", List.of());
        ctx.put("html", "<b>bold</b>");
        ctx.put("tags", List.of("alpha", "beta", "gamma"));
        String tpl = """
            <h1>{{ title | title }}</h1>
            <p>by {{author.name|trim|title}} &lt;{{author.email}}&gt; ({{author.name | trim | len}} chars)</p>
            <ul>
            {{#items}}  <li class="{{#@first}}first{{/@first}}{{#@last}}last{{/@last}}">#{{@index}} {{task|upper}}: {{#state}}{{state}}{{/state}}{{^state}}(no state){{/state}} [{{hours}}h]</li>
            {{/items}}</ul>
            {{^empty}}<p>nothing in empty</p>{{/empty}}
            {{#empty}}<p>never shown</p>{{/empty}}
            escaped: {{html}} raw: {{html|raw}} reversed: {{title|reverse}}
            tags: {{#tags}}{{.}}{{^@last}}, {{/@last}}{{/tags}}
            missing: [{{nope}}] [{{author.nope.deeper}}]
            """;
        System.out.print(render(tpl, ctx));
        String[] badTemplates = {"{{#items}}never closed", "hello {{name", "{{title|shout}}"};
        for (String b : badTemplates) {
            try {
                System.out.println(render(b, ctx));
            } catch (TemplateException e) {
                System.out.println("template error: " + e.getMessage());
            }
        }
        StringBuilder big = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            big.append(i % 10 == 1 ? "## Section " + (i / 10 + 1) + "\n" : "");
            big.append(i % 3 == 0 ? "- item " + i + "\n" : "Line " + i + " with *emphasis " + i + "*\n");
            if (i % 5 == 0) big.append('\n');
        }
        Converter c2 = new Converter();
        String out2 = c2.convert(big.toString());
        System.out.println(c2.stats());
        int lines = 0, pTags = 0;
        for (int k = out2.indexOf('\n'); k >= 0; k = out2.indexOf('\n', k + 1)) lines++;
        for (int k = out2.indexOf("<p>"); k >= 0; k = out2.indexOf("<p>", k + 1)) pTags++;
        System.out.println("lines=" + lines + " paragraphs=" + pTags + " hash=" + out2.hashCode());
        System.out.print(out2.substring(0, Math.min(600, out2.length())));
        System.out.println();
    }
}
