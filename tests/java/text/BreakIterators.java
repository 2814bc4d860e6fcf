package text;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Word, sentence, line and character boundaries of java.text.BreakIterator. */
public class BreakIterators {
    static String segments(BreakIterator bi, String s) {
        bi.setText(s);
        StringBuilder sb = new StringBuilder();
        int start = bi.first();
        for (int end = bi.next(); end != BreakIterator.DONE; start = end, end = bi.next()) {
            sb.append('[').append(s.substring(start, end).replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")).append(']');
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String[] texts = {
            "Hello, world! How are you?", "a  b", "well-known e-mail", "don't can't 'quoted' \"dq\"",
            "3.14 1,000,000 $5.00 50% #3 .5 -7 1.2.3 a.b.c",
            "U.S.A. Mr. Smith went to Washington. He said: \"Hi.\" Then left!  Really?! Yes... ok",
            "line one\nline two\r\nline3\n\nend", "tab\there  ", "abc123 123abc a1b2", "naïve café résumé e\u0301",
            "日本語のテキスト カタカナ ひらがな", "emoji \uD83D\uDE00\uD83D\uDE00 x", "x_y snake_case foo@bar.com http://x.org/a?b=c",
            "", " ", "end.", "He said \"Stop.\" and left. (Really.) ok", "Wait... what?? 3.5 is it. e.g. this. i.e. that.",
            "A sentence\nwithout period\n\nNew para. Next", "mixed\u2014dash\u2013en word/slash (paren) [br] {cu} a;b:c",
            "tab\tsep\u00a0nbsp\u2003em", "a\u00adb a\u2019b it\u2019s", "x+y=z 1+1 a*b", "AT&T 100% $$ ##", "über-cool Æsir straße",
            "_abc abc_ a__b _ __", "a^b a`b x²y ½ a\"b a'b a:b", "1'000 1\"5 1;2 1-2 a-7 7-a a--b a- -a",
            "foo(bar) a(b x$5 $abc 5$ 5%x 50%% a%", "(a)b a.B a.b. a,b a!b a?b 1.a 1,a",
            "\u0915\u0903x \u0928\u093f ab\u0300\u0301c \u1100\u1161\u11a8 \uac00\uac01", "x\u200dy a\u2029b. C", "a\u000cb a\u2028b",
            " lead  spaces", "Hello.World. Next? yes! no. 2nd. Third.\" 'Fourth.' (x.) [y.]", "It's 5 p.m. Go.", "a..b a.-b",
            "I said 'yes.' Then.", "x... Y", "a.\u00a0B", "End?\" He", "--x x-- ---", "中文，标点。下一句！好", "wow!!!Ok", "a\rb",
            "\r\r\n", "x \r\n y", "e.g., this", "a.(b a.,b a.;b a.$b a.'b a.\"b", "a.\nb", "x.\n\nY", "x!\n  y",
            "10:30 1:2 a:1 1/2 1.5.", "a\u201cb\u201d c \u00abq\u00bb \u00bfQu\u00e9?", "Go!b \u2018x\u2019", "x (a", "a -- b",
            "a(b) c", "1.234ms 5.3.2). A 1.4x y 1.4 x 11.7\u00d7 f 5.5f; a[] b a[1] b 12ab 1,2ab -5 (x) [y]",
        };
        BreakIterator[] iterators = {BreakIterator.getWordInstance(), BreakIterator.getSentenceInstance(),
            BreakIterator.getLineInstance(), BreakIterator.getCharacterInstance()};
        String[] names = {"W", "S", "L", "C"};
        for (String t : texts) {
            for (int i = 0; i < iterators.length; i++) {
                System.out.println(names[i] + " " + segments(iterators[i], t));
            }
        }

        // navigation
        BreakIterator w = BreakIterator.getWordInstance(Locale.US);
        w.setText("The quick brown fox.");
        System.out.println(w.first() + " " + w.last() + " " + w.previous() + " " + w.previous() + " " + w.current()
            + " " + w.following(5) + " " + w.preceding(5) + " " + w.isBoundary(4) + " " + w.isBoundary(5) + " "
            + w.next(2) + " " + w.next(-1) + " " + w.following(19) + " " + w.following(20) + " " + w.preceding(0)
            + " " + w.current());
        for (int bad : new int[] {21, -1}) {
            try {
                w.following(bad);
            } catch (IllegalArgumentException e) {
                System.out.println("following(" + bad + "): " + e.getMessage());
            }
        }
        try {
            w.isBoundary(25);
        } catch (IllegalArgumentException e) {
            System.out.println("isBoundary: " + e.getMessage());
        }
        System.out.println(w.getText().getClass().getName() + " " + w.getText().getBeginIndex() + " " + w.getText().getEndIndex());
        BreakIterator c = BreakIterator.getCharacterInstance();
        c.setText(new StringCharacterIterator("xabcx", 1, 4, 2));
        System.out.println(c.first() + " " + c.next() + " " + c.last() + " " + c.current() + " " + c.next() + " " + c.current());
        BreakIterator copy = (BreakIterator) c.clone();
        System.out.println(copy.current() + " " + copy.previous() + " " + c.current());
        BreakIterator empty = BreakIterator.getSentenceInstance();
        System.out.println(empty.first() + " " + empty.next() + " " + empty.current() + " " + empty.last() + " " + empty.previous());

        // a word-frequency count and a sentence splitter, as programs use them
        String story = "The cat sat on the mat. The dog, however, did not sit! Did the cat care? "
            + "No. The cat's owner, Dr. Brown, paid $12.50 for the mat (a 50% discount).";
        BreakIterator words = BreakIterator.getWordInstance();
        words.setText(story);
        Map<String, Integer> freq = new TreeMap<>();
        for (int s = words.first(), e = words.next(); e != BreakIterator.DONE; s = e, e = words.next()) {
            String word = story.substring(s, e);
            if (Character.isLetterOrDigit(word.charAt(0))) {
                freq.merge(word.toLowerCase(), 1, Integer::sum);
            }
        }
        System.out.println(freq);
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.US);
        sentences.setText(story);
        int n = 0;
        for (int s = sentences.first(), e = sentences.next(); e != BreakIterator.DONE; s = e, e = sentences.next()) {
            System.out.println(++n + ": " + story.substring(s, e).trim());
        }
        // greedy line wrapping at 30 columns
        BreakIterator lines = BreakIterator.getLineInstance();
        lines.setText(story);
        StringBuilder line = new StringBuilder();
        for (int s = lines.first(), e = lines.next(); e != BreakIterator.DONE; s = e, e = lines.next()) {
            String piece = story.substring(s, e);
            if (line.length() + piece.stripTrailing().length() > 30) {
                System.out.println("|" + line.toString().stripTrailing() + "|");
                line.setLength(0);
            }
            line.append(piece);
        }
        System.out.println("|" + line.toString().stripTrailing() + "|");
        // user-perceived characters
        String accents = "e\u0301a\u0308\uD83D\uDC4D!\r\n";
        BreakIterator chars = BreakIterator.getCharacterInstance();
        chars.setText(accents);
        int count = 0;
        while (chars.next() != BreakIterator.DONE) {
            count++;
        }
        System.out.println(accents.length() + " chars, " + count + " characters");
    }
}
