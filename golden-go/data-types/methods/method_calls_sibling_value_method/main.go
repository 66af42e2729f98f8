package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Invoice struct {
	net  int
	rate int
}

func (v Invoice) String() string {
	return "Invoice { net: " + lisette.FormatValue(v.net) + ", rate: " + lisette.FormatValue(v.rate) + " }"
}

func (self Invoice) tax() int {
	return self.net * self.rate / 100
}

func (self Invoice) gross() int {
	return self.net + self.tax()
}

func main() {
	inv := Invoice{net: 200, rate: 21}
	fmt.Println(inv.tax(), inv.gross())
}
