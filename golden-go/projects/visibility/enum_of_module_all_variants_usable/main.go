package main

import (
	"fmt"
	"golden/projects/visibility/enum_of_module_all_variants_usable/cards"
	lisette "lisette.dev/prelude"
)

func main() {
	all := []cards.Suit{cards.Suit{Tag: cards.SuitHearts}, cards.Suit{Tag: cards.SuitDiamonds}, cards.Suit{Tag: cards.SuitClubs}, cards.Suit{Tag: cards.SuitSpades}}
	reds := lisette.SliceFilter(all, cards.Red)
	fmt.Println(reds, len(all)-len(reds))
}
