package main

import (
	"cmp"
	"fmt"
	lisette "lisette.dev/prelude"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
)

type Item struct {
	sku         string
	name        string
	qty         int
	price_cents int
}

func (v Item) String() string {
	return "Item { sku: " + lisette.FormatValue(v.sku) + ", name: " + lisette.FormatValue(v.name) + ", qty: " + lisette.FormatValue(v.qty) + ", price_cents: " + lisette.FormatValue(v.price_cents) + " }"
}

func parse(line string) lisette.Result[Item, error] {
	f := strings.Split(line, "|")
	if len(f) != 4 {
		return lisette.MakeResultErr[Item, error](fmt.Errorf("want 4 fields, got %d in %q", len(f), line))
	}
	res := lisette.ResultOf(strconv.Atoi(f[2]))
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[Item, error](res.ErrVal)
	}
	qty := res.OkVal
	res2 := lisette.ResultOf(strconv.Atoi(f[3]))
	if res2.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[Item, error](res2.ErrVal)
	}
	price := res2.OkVal
	return lisette.MakeResultOk[Item, error](Item{sku: f[0], name: f[1], qty: qty, price_cents: price})
}

func money(cents int) string {
	return fmt.Sprintf("%d.%02d", cents/100, cents%100)
}

func main() {
	input := "A-100|Hex bolt|250|12\nB-220|Washer|1000|3\nbad line\nC-310|Bracket|12|450\nD-001|Hinge|0|799\nE-777|Spring|x|5"
	items := []Item{}
	problems := []string{}
	for _, line := range strings.Split(input, "\n") {
		subject := parse(line)
		if subject.Tag == lisette.ResultOk {
			it := subject.OkVal
			items = append(items, it)
		} else {
			e := subject.ErrVal
			problems = append(problems, e.Error())
		}
	}
	slices.SortFunc(items, func(a, b Item) int {
		return cmp.Or(b.qty*b.price_cents-a.qty*a.price_cents, strings.Compare(a.sku, b.sku))
	})
	sb := strings.Builder{}
	tw := tabwriter.NewWriter(&sb, 0, 4, 1, byte(' '), uint(tabwriter.AlignRight))
	fmt.Fprintln(tw, "SKU\tNAME\tQTY\tVALUE\t")
	total := 0
	for _, it := range items {
		value := it.qty * it.price_cents
		total += value
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t\n", it.sku, it.name, it.qty, money(value))
	}
	fmt.Fprintf(tw, "\t\t\t%s\t\n", money(total))
	_ = tw.Flush()
	for i, line := range strings.Split(strings.TrimRight(sb.String(), "\n"), "\n") {
		fmt.Printf("%v|%v\n", i, line)
	}
	for _, p := range problems {
		fmt.Println("skipped:", p)
	}
}
