package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Address struct {
	city string
	zip  string
}

func (v Address) String() string {
	return "Address { city: " + lisette.FormatValue(v.city) + ", zip: " + lisette.FormatValue(v.zip) + " }"
}

type Customer struct {
	name    string
	address Address
}

func (v Customer) String() string {
	return "Customer { name: " + lisette.FormatValue(v.name) + ", address: " + lisette.FormatValue(v.address) + " }"
}

func main() {
	c := Customer{name: "Ole", address: Address{city: "Bergen", zip: "5003"}}
	c.address.city = "Oslo"
	c.address.zip = "0150"
	fmt.Println(c)
}
