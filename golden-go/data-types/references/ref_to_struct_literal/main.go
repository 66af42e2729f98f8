package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Budget struct {
	limit int
	spent int
}

func (v Budget) String() string {
	return "Budget { limit: " + lisette.FormatValue(v.limit) + ", spent: " + lisette.FormatValue(v.spent) + " }"
}

func spend(b *Budget, amount int) bool {
	if b.spent+amount > b.limit {
		return false
	} else {
		b.spent += amount
		return true
	}
}

func main() {
	b := &Budget{limit: 100, spent: 0}
	fmt.Println(spend(b, 60), spend(b, 50), spend(b, 40))
	fmt.Println(b)
}
