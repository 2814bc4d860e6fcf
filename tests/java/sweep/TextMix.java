package sweep;
import java.text.*;
import java.time.*;
import java.time.format.*;
import java.time.temporal.*;
import java.util.*;
import java.io.*;

public class TextMix {
    public static void main(String[] args) throws Exception {
        DecimalFormat df = new DecimalFormat("#,##0.00");
        System.out.println(df.format(1234567.891) + " " + df.format(-0.005) + " " + df.format(0) + " " + new DecimalFormat("0.###").format(3.14159) + " " + new DecimalFormat("000").format(7) + " " + new DecimalFormat("#.##%").format(0.12345) + " " + new DecimalFormat("0.00E0").format(12345) + " " + new DecimalFormat("$#,##0.00;($#,##0.00)").format(-1234.5));
        System.out.println(df.parse("1,234.50") + " " + NumberFormat.getInstance().format(1234567.891) + " " + NumberFormat.getIntegerInstance().format(2.5) + " " + NumberFormat.getPercentInstance().format(0.256) + " " + NumberFormat.getCurrencyInstance(Locale.US).format(1234.5));
        NumberFormat nf = NumberFormat.getNumberInstance(Locale.US); nf.setMaximumFractionDigits(2); nf.setMinimumFractionDigits(2); System.out.println(nf.format(3.14159) + " " + nf.format(1e6));
        System.out.println(String.format(Locale.GERMANY, "%,.2f", 1234567.891) + " " + String.format(Locale.FRANCE, "%,d", 1234567) + " " + String.format(Locale.US, "%,.3f", 0.5));
        System.out.println(Locale.getDefault() + " " + System.getProperty("line.separator").length() + " " + System.getProperty("file.separator") + " " + System.getProperty("user.dir").isEmpty() + " " + System.lineSeparator().equals("\n"));
        LocalDate d = LocalDate.of(2024, 2, 28);
        System.out.println(d.plusDays(1) + " " + d.plusDays(2) + " " + d.getDayOfWeek() + " " + d.isLeapYear() + " " + d.lengthOfMonth() + " " + d.withDayOfMonth(1).minusMonths(1) + " " + d.getDayOfYear() + " " + ChronoUnit.DAYS.between(d, LocalDate.of(2025, 1, 1)) + " " + Period.between(LocalDate.of(1990, 5, 17), d));
        LocalDateTime dt = LocalDateTime.of(2023, 12, 31, 23, 59, 30);
        System.out.println(dt.plusSeconds(45) + " " + dt.format(DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss")) + " " + dt.format(DateTimeFormatter.ofPattern("EEE, d MMM yyyy h:mm a")) + " " + dt.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + " " + dt.truncatedTo(ChronoUnit.HOURS) + " " + dt.with(TemporalAdjusters.firstDayOfNextMonth()));
        System.out.println(LocalDate.parse("2020-03-15").atStartOfDay() + " " + LocalDate.parse("15/03/2020", DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " " + LocalTime.parse("10:15").plusMinutes(90) + " " + Duration.ofSeconds(3725) + " " + Duration.between(LocalTime.of(9, 0), LocalTime.of(17, 30)).toMinutes() + " " + Duration.ofMillis(1500).toString() + " " + Period.of(1, 2, 3) + " " + Year.of(2000).isLeap() + " " + YearMonth.of(2023, 2).lengthOfMonth());
        try { LocalDate.of(2023, 2, 30); } catch (DateTimeException e) { System.out.println(e.getMessage()); }
        try { LocalDate.parse("2023-13-01"); } catch (DateTimeParseException e) { System.out.println(e.getMessage()); }
        ZonedDateTime z = ZonedDateTime.of(dt, ZoneOffset.UTC);
        System.out.println(z + " " + z.toInstant() + " " + z.toEpochSecond() + " " + Instant.ofEpochSecond(1700000000) + " " + Instant.ofEpochMilli(0).plus(Duration.ofDays(1)) + " " + OffsetDateTime.of(dt, ZoneOffset.ofHours(-5)));
        System.out.println(DayOfWeek.MONDAY.plus(10) + " " + Month.FEBRUARY.maxLength() + " " + Month.of(12).getDisplayName(TextStyle.SHORT, Locale.US) + " " + DayOfWeek.SUNDAY.getValue());
        SimpleDateFormat sdf = new SimpleDateFormat("yyyy-MM-dd HH:mm"); sdf.setTimeZone(TimeZone.getTimeZone("UTC"));
        System.out.println(sdf.format(new Date(0)) + " " + sdf.parse("2001-09-09 01:46").getTime());
        System.out.println(MessageFormat.format("{0} has {1} items costing {2,number,#.##}", "cart", 3, 9.5) + " " + MessageFormat.format("It''s {0}", "ok") + " " + new ChoiceFormat("0#none|1#one|1<many").format(5));
        StreamTokenizer st = new StreamTokenizer(new StringReader("x = 42 + y * 3.5; // comment\n'str' \"dq\" end"));
        st.slashSlashComments(true);
        StringBuilder toks = new StringBuilder();
        while (st.nextToken() != StreamTokenizer.TT_EOF) {
            switch (st.ttype) { case StreamTokenizer.TT_NUMBER -> toks.append("N:").append(st.nval); case StreamTokenizer.TT_WORD -> toks.append("W:").append(st.sval); case '\'', '"' -> toks.append("Q:").append(st.sval); default -> toks.append("C:").append((char) st.ttype); }
            toks.append(' ');
        }
        System.out.println(toks + " line " + st.lineno());
        StringWriter sw = new StringWriter(); PrintWriter pw = new PrintWriter(sw);
        pw.printf("%-6s|%6s|%n", "ab", "cd"); pw.println(3.0f); pw.print('c'); pw.print(1L); pw.flush();
        System.out.print(sw);
        System.out.println();
        BufferedReader br = new BufferedReader(new StringReader("line1\r\nline2\rline3\n\nline5"));
        String ln; int k = 0; while ((ln = br.readLine()) != null) System.out.print("[" + ln + "]" + (++k)); System.out.println();
        ByteArrayOutputStream bos = new ByteArrayOutputStream(); DataOutputStream dos = new DataOutputStream(bos); dos.writeInt(258); dos.writeUTF("héllo"); dos.writeDouble(1.5); dos.writeLong(-2);
        byte[] bytes = bos.toByteArray(); System.out.println(bytes.length + " " + Arrays.toString(Arrays.copyOf(bytes, 8)));
        DataInputStream dis = new DataInputStream(new ByteArrayInputStream(bytes)); System.out.println(dis.readInt() + " " + dis.readUTF() + " " + dis.readDouble() + " " + dis.readLong());
        try { dis.readByte(); } catch (EOFException e) { System.out.println("EOF " + e.getMessage()); }
        System.out.println(new String("héllo wörld".getBytes("UTF-8"), "ISO-8859-1") + " " + "héllo".getBytes("UTF-8").length + " " + "héllo".getBytes(java.nio.charset.StandardCharsets.UTF_16).length + " " + Arrays.toString("Aé".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        File tmp = File.createTempFile("sweep", ".txt"); tmp.deleteOnExit();
        try (BufferedWriter w = new BufferedWriter(new FileWriter(tmp))) { w.write("alpha,1\nbeta,2\n"); w.newLine(); w.write("gamma,3"); }
        List<String> lines = java.nio.file.Files.readAllLines(tmp.toPath()); System.out.println(lines + " " + tmp.length() + " " + tmp.getName().endsWith(".txt"));
        try (Scanner sc = new Scanner(tmp)) { int sum = 0; while (sc.hasNextLine()) { String l = sc.nextLine(); if (l.isEmpty()) continue; sum += Integer.parseInt(l.split(",")[1]); } System.out.println("sum " + sum); }
        try { new FileReader("/nonexistent/file.txt"); } catch (FileNotFoundException e) { System.out.println(e.getMessage()); }
        try { java.nio.file.Files.readString(java.nio.file.Path.of("/nonexistent/x")); } catch (java.nio.file.NoSuchFileException e) { System.out.println("NSFE " + e.getMessage()); }
        System.out.println(java.nio.file.Path.of("/a/b/../c/./d.txt").normalize() + " " + java.nio.file.Path.of("a", "b", "c.txt").getFileName() + " " + java.nio.file.Path.of("/x/y").resolve("z") + " " + java.nio.file.Path.of("/x/y/z").getParent() + " " + java.nio.file.Path.of("/a/b").relativize(java.nio.file.Path.of("/a/c/d")));
        System.out.println(UUID.nameUUIDFromBytes("x".getBytes()) + " " + UUID.fromString("123e4567-e89b-12d3-a456-426614174000").version() + " " + Base64.getEncoder().encodeToString("hello world".getBytes()) + " " + new String(Base64.getDecoder().decode("aGk=")) + " " + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[]{-1, -2, -3, -4}) + " " + HexFormat.of().formatHex(new byte[]{1, -1}));
        Properties pr = new Properties(); pr.load(new StringReader("# comment\nkey=value\nkey2 : spaced value \\\n  continued\nempty=\n")); System.out.println(new TreeMap<>(pr));
        System.out.println(Objects.requireNonNullElse(null, "else") + " " + Objects.checkIndex(2, 3) + " " + Objects.equals(null, null) + " " + Objects.hashCode(null) + " " + Objects.compare("a", "b", Comparator.naturalOrder()));
        try { Objects.checkIndex(3, 3); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
    }
}
