package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"slices"
)

type CategoryTag int

const (
	CategoryTools CategoryTag = iota
	CategoryGarden
	CategoryKitchen
)

type Category struct {
	Tag CategoryTag
}

func (v Category) String() string {
	switch v.Tag {
	case CategoryTools:
		return "Category.Tools"
	case CategoryGarden:
		return "Category.Garden"
	}
	return "Category.Kitchen"
}

type Item struct {
	sku        string
	name       string
	category   Category
	qty        int
	reorder_at int
	unit_cents int
}

func (v Item) String() string {
	return "Item { sku: " + lisette.FormatValue(v.sku) + ", name: " + lisette.FormatValue(v.name) + ", category: " + lisette.FormatValue(v.category) + ", qty: " + lisette.FormatValue(v.qty) + ", reorder_at: " + lisette.FormatValue(v.reorder_at) + ", unit_cents: " + lisette.FormatValue(v.unit_cents) + " }"
}

type Summary struct {
	category    Category
	lines       int
	units       int
	value_cents int
}

func (v Summary) String() string {
	return "Summary { category: " + lisette.FormatValue(v.category) + ", lines: " + lisette.FormatValue(v.lines) + ", units: " + lisette.FormatValue(v.units) + ", value_cents: " + lisette.FormatValue(v.value_cents) + " }"
}

func (self Item) Value() int {
	return self.qty * self.unit_cents
}

func (self Item) Needs_reorder() bool {
	return self.qty <= self.reorder_at
}

func money(cents int) string {
	rest := cents % 100
	if rest < 10 {
		return fmt.Sprintf("%v.0%v", cents/100, rest)
	} else {
		return fmt.Sprintf("%v.%v", cents/100, rest)
	}
}

func summarize(items []Item, cat Category) Summary {
	s := Summary{category: cat, lines: 0, units: 0, value_cents: 0}
	for _, it := range items {
		if it.category == cat {
			s.lines += 1
			s.units += it.qty
			s.value_cents += it.Value()
		}
	}
	return s
}

func qty_range(items []Item) lisette.Tuple2[int, int] {
	low := items[0].qty
	high := items[0].qty
	for _, it := range items {
		if it.qty < low {
			low = it.qty
		}
		if it.qty > high {
			high = it.qty
		}
	}
	return lisette.Tuple2[int, int]{First: low, Second: high}
}

func most_valuable(items []Item) lisette.Option[Item] {
	best := lisette.MakeOptionNone[Item]()
	best_value := -1
	for _, it := range items {
		if it.Value() > best_value {
			best_value = it.Value()
			best = lisette.MakeOptionSome[Item](it)
		}
	}
	return best
}

func restock(items []Item, extra int) []Item {
	out := []Item{}
	for _, it := range items {
		if it.Needs_reorder() {
			out = append(out, Item{qty: it.qty + extra, sku: it.sku, name: it.name, category: it.category, reorder_at: it.reorder_at, unit_cents: it.unit_cents})
		} else {
			out = append(out, it)
		}
	}
	return out
}

func sort_by_value(items []Item) []Item {
	sorted := slices.Clone(items)
	i := 1
	for i < len(sorted) {
		cur := sorted[i]
		j := i - 1
		for j >= 0 && sorted[j].Value() < cur.Value() {
			sorted[j+1] = sorted[j]
			j -= 1
		}
		sorted[j+1] = cur
		i += 1
	}
	return sorted
}

func main() {
	items := []Item{Item{sku: "T-100", name: "hammer", category: Category{Tag: CategoryTools}, qty: 12, reorder_at: 5, unit_cents: 1599}, Item{sku: "T-205", name: "wrench set", category: Category{Tag: CategoryTools}, qty: 3, reorder_at: 4, unit_cents: 4250}, Item{sku: "G-010", name: "trowel", category: Category{Tag: CategoryGarden}, qty: 25, reorder_at: 10, unit_cents: 699}, Item{sku: "G-044", name: "hose", category: Category{Tag: CategoryGarden}, qty: 0, reorder_at: 2, unit_cents: 2999}, Item{sku: "K-300", name: "whisk", category: Category{Tag: CategoryKitchen}, qty: 40, reorder_at: 15, unit_cents: 350}}
	fmt.Println("== by category")
	grand := 0
	for _, cat := range []Category{Category{Tag: CategoryTools}, Category{Tag: CategoryGarden}, Category{Tag: CategoryKitchen}} {
		s := summarize(items, cat)
		grand += s.value_cents
		fmt.Printf("%v: %v lines, %v units, %v\n", s.category, s.lines, s.units, money(s.value_cents))
	}
	fmt.Printf("total stock value %v\n", money(grand))
	fmt.Println(summarize(items, Category{Tag: CategoryKitchen}))
	fmt.Println("== reorder")
	for _, it := range items {
		if it.Needs_reorder() {
			have, limit := it.qty, it.reorder_at
			fmt.Printf("%v %v: %v <= %v\n", it.sku, it.name, have, limit)
		}
	}
	subject := qty_range(items)
	low := subject.First
	high := subject.Second
	fmt.Printf("quantities from %v to %v\n", low, high)
	fmt.Println("== top items")
	ranked := sort_by_value(items)
	for k := 0; k < 3; k++ {
		it := ranked[k]
		fmt.Printf("%v. %v %v\n", k+1, it.name, money(it.Value()))
	}
	subject2 := most_valuable(items)
	if subject2.Tag == lisette.OptionSome {
		it := subject2.SomeVal
		fmt.Printf("most valuable line: %v\n", it.sku)
	} else {
		fmt.Println("empty inventory")
	}
	fmt.Println("== after restock")
	after := restock(items, 10)
	fmt.Println(after[1])
	fmt.Println(items[1].qty, after[3].qty, after[0] == items[0])
}
