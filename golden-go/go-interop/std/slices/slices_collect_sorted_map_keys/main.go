package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	stock := map[string]int{}
	stock["pears"] = 4
	stock["apples"] = 10
	stock["figs"] = 0
	stock["limes"] = 7
	names := slices.Collect(maps.Keys(stock))
	slices.SortFunc(names, strings.Compare)
	for _, n := range names {
		fmt.Println(n, stock[n])
	}
	qty := slices.Collect(maps.Values(stock))
	slices.SortFunc(qty, func(a, b int) int {
		return b - a
	})
	fmt.Println(qty)
}
