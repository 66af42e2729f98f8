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

func (self Invoice) Tax() int {
	return self.net * self.rate / 100
}

func (self Invoice) Gross() int {
	return self.net + self.Tax()
}

func main() {
	inv := Invoice{net: 200, rate: 21}
	fmt.Println(inv.Tax(), inv.Gross())
}
