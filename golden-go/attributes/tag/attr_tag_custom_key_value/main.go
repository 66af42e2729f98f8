package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Address struct {
	Street string `validate:"required"`
	Zip    string
}

func (v Address) String() string {
	return "Address { street: " + lisette.FormatValue(v.Street) + ", zip: " + lisette.FormatValue(v.Zip) + " }"
}

func main() {
	a := Address{Street: "Main St", Zip: "0150"}
	fmt.Println(a)
}
