package realworld;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.*;
import java.util.*;
import java.util.stream.*;

public class Payroll {
    interface Payable {
        BigDecimal grossPay();
        default BigDecimal tax() { return grossPay().multiply(new BigDecimal("0.22")).setScale(2, RoundingMode.HALF_UP); }
        default BigDecimal netPay() { return grossPay().subtract(tax()); }
    }

    interface Bonus {
        default String badge() { return "bonus"; }
    }

    interface Senior {
        default String badge() { return "senior"; }
    }

    static abstract class Employee implements Payable, Comparable<Employee> {
        private static int nextId = 1000;
        final int id;
        final String name;
        Employee(String name) { this.id = nextId++; this.name = name; }
        abstract String kind();
        @Override public int compareTo(Employee o) { return name.compareTo(o.name); }
        @Override public String toString() { return String.format("%s(%d, %s)", kind(), id, name); }
        @Override public boolean equals(Object o) { return o instanceof Employee e && e.id == id; }
        @Override public int hashCode() { return Integer.hashCode(id); }
    }

    static class Salaried extends Employee {
        final BigDecimal annual;
        Salaried(String name, String annual) { super(name); this.annual = new BigDecimal(annual); }
        String kind() { return "Salaried"; }
        public BigDecimal grossPay() { return annual.divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_EVEN); }
    }

    static class Hourly extends Employee {
        final BigDecimal rate;
        final double hours;
        Hourly(String name, String rate, double hours) { super(name); this.rate = new BigDecimal(rate); this.hours = hours; }
        String kind() { return "Hourly"; }
        public BigDecimal grossPay() {
            BigDecimal h = BigDecimal.valueOf(Math.min(hours, 160));
            BigDecimal ot = BigDecimal.valueOf(Math.max(0, hours - 160));
            return rate.multiply(h).add(rate.multiply(ot).multiply(new BigDecimal("1.5"))).setScale(2, RoundingMode.HALF_UP);
        }
    }

    static class Manager extends Salaried implements Bonus, Senior {
        final List<Employee> reports = new ArrayList<>();
        Manager(String name, String annual) { super(name, annual); }
        @Override String kind() { return "Manager"; }
        @Override public BigDecimal grossPay() { return super.grossPay().add(BigDecimal.valueOf(reports.size() * 150L)); }
        @Override public String badge() { return Bonus.super.badge() + "+" + Senior.super.badge(); }
        @Override public BigDecimal tax() { return super.tax().add(BigDecimal.TEN); }
    }

    public static void main(String[] args) {
        Manager boss = new Manager("Zoe", "150000");
        List<Employee> staff = new ArrayList<>(List.of(boss, new Salaried("Ann", "72000"), new Hourly("Bob", "21.50", 172.5), new Hourly("Cid", "19.75", 120),
            new Salaried("Dee", "98500.50"), new Hourly("Eve", "33", 160)));
        boss.reports.addAll(staff.subList(1, staff.size()));
        Collections.sort(staff);
        DecimalFormat money = new DecimalFormat("$#,##0.00");
        DecimalFormat pct = new DecimalFormat("0.0%");
        NumberFormat us = NumberFormat.getNumberInstance(Locale.US);
        BigDecimal total = BigDecimal.ZERO;
        for (Employee e : staff) {
            total = total.add(e.grossPay());
            System.out.printf("%-22s gross %12s tax %10s net %12s rate %6s%n", e, money.format(e.grossPay()), money.format(e.tax()), money.format(e.netPay()),
                pct.format(e.tax().doubleValue() / e.grossPay().doubleValue()));
        }
        System.out.println("total gross: " + money.format(total) + " / " + us.format(total) + " badge " + boss.badge());
        System.out.println("highest: " + staff.stream().max(Comparator.comparing(Payable::grossPay)).map(Object::toString).orElse("?")
            + " hourly total: " + staff.stream().filter(e -> e instanceof Hourly).map(Payable::grossPay).reduce(BigDecimal.ZERO, BigDecimal::add));
        Set<Employee> set = new HashSet<>(staff);
        System.out.println("set contains boss: " + set.contains(boss) + " size " + set.size());

        // DecimalFormat patterns
        double[] values = { 0, 1, -1.5, 1234.5678, 0.000123, 1e7, -98765.4321, 0.5, 2.5, 1.005 };
        String[] patterns = { "#,##0.00", "0.###", "000.0", "#.##%", "0.00E0", "##0.###E0", "#,###", "$#,##0.00;($#,##0.00)", "0.0#" };
        for (String p : patterns) {
            DecimalFormat df = new DecimalFormat(p);
            StringJoiner sj = new StringJoiner(" | ", p + ": ", "");
            for (double v : values) sj.add(df.format(v));
            System.out.println(sj);
        }
        DecimalFormat half = new DecimalFormat("0.0");
        half.setRoundingMode(RoundingMode.HALF_UP);
        System.out.println("HALF_UP: " + half.format(0.25) + " " + half.format(0.35) + " " + half.format(-0.25) + " default HALF_EVEN: " + new DecimalFormat("0.0").format(0.25) + " " + new DecimalFormat("0.0").format(0.35));
        NumberFormat cf = NumberFormat.getCurrencyInstance(Locale.US);
        NumberFormat pf = NumberFormat.getPercentInstance(Locale.US);
        NumberFormat nf = NumberFormat.getInstance(Locale.US);
        nf.setMaximumFractionDigits(2);
        nf.setMinimumFractionDigits(1);
        NumberFormat intf = NumberFormat.getIntegerInstance(Locale.US);
        System.out.println(cf.format(1234.565) + " " + cf.format(-5) + " " + pf.format(0.256) + " " + nf.format(3) + " " + nf.format(3.14159) + " " + nf.format(1234567.891) + " " + intf.format(2.5) + " " + intf.format(3.5));
        try {
            System.out.println("parse: " + nf.parse("1,234.5") + " " + new DecimalFormat("#,##0.00").parse("-9,876.54") + " " + NumberFormat.getPercentInstance(Locale.US).parse("45%"));
            nf.parse("abc");
        } catch (ParseException e) {
            System.out.println("ParseException: " + e.getMessage() + " at " + e.getErrorOffset());
        }
        DecimalFormat grouping = new DecimalFormat("#,##0");
        grouping.setGroupingSize(4);
        DecimalFormatSymbols sym = new DecimalFormatSymbols(Locale.US);
        sym.setDecimalSeparator(',');
        sym.setGroupingSeparator('.');
        DecimalFormat euro = new DecimalFormat("#,##0.00 EUR", sym);
        System.out.println(grouping.format(123456789) + " " + euro.format(1234567.891) + " " + new DecimalFormat("00").format(7) + " " + new DecimalFormat("#").format(-0.4) + " " + new DecimalFormat("0.00").format(Double.NaN)
            + " " + new DecimalFormat("0.00").format(Double.POSITIVE_INFINITY) + " " + new DecimalFormat("#,##0.###").format(new BigDecimal("12345.67891")) + " " + new DecimalFormat("0").format(Long.MAX_VALUE)
            + " " + new DecimalFormat("0.00").toPattern() + " " + new DecimalFormat("#,##0.0#").toPattern());

        // report grouped by kind
        Map<String, List<String>> byKind = staff.stream().collect(Collectors.groupingBy(Employee::kind, TreeMap::new, Collectors.mapping(e -> e.name, Collectors.toList())));
        byKind.forEach((k, v) -> System.out.printf("%-9s %d %s%n", k, v.size(), v));
        String table = staff.stream().map(e -> String.format("|%-5s|%8.2f|", e.name, e.grossPay().doubleValue())).collect(Collectors.joining("\n"));
        System.out.println(table);
        System.out.println(String.format("%08.3f|%+,12.2f|%-12.4e|%.0e|%g", -3.14159, 1234567.891, 0.000123456, 5e9, 1e-5));
    }
}
