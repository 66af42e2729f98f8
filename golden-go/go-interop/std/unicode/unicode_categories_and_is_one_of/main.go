package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"unicode"
)

func main() {
	upper := lisette.OptionFlatten(lisette.MapGet(lisette.MapConvert(unicode.Categories, func(x *unicode.RangeTable) lisette.Option[*unicode.RangeTable] {
		return lisette.OptionNilable(x)
	}), "Lu"))
	if upper.Tag == lisette.OptionSome {
		table := upper.SomeVal
		fmt.Println(unicode.Is(table, 'Q'), unicode.Is(table, 'q'))
	} else {
		fmt.Println("no Lu")
	}
	fmt.Println(lisette.MapGet(lisette.MapConvert(unicode.Categories, func(x *unicode.RangeTable) lisette.Option[*unicode.RangeTable] {
		return lisette.OptionNilable(x)
	}), "Xx").IsNone())
	tables := []lisette.Option[*unicode.RangeTable]{lisette.MakeOptionSome[*unicode.RangeTable](unicode.Digit), lisette.MakeOptionSome[*unicode.RangeTable](unicode.Punct)}
	kept := ""
	for _, r := range "a1,b2;c3!" {
		if unicode.IsOneOf(lisette.SliceMap(tables, func(x lisette.Option[*unicode.RangeTable]) *unicode.RangeTable {
			return lisette.Nilable(x)
		}), r) {
			kept = kept + fmt.Sprintf("%c", r)
		}
	}
	fmt.Println(kept)
}
