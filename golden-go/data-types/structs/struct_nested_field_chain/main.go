package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Address struct {
	street string
	city   string
}

func (v Address) String() string {
	return "Address { street: " + lisette.FormatValue(v.street) + ", city: " + lisette.FormatValue(v.city) + " }"
}

type Customer struct {
	name    string
	address Address
}

func (v Customer) String() string {
	return "Customer { name: " + lisette.FormatValue(v.name) + ", address: " + lisette.FormatValue(v.address) + " }"
}

type Order struct {
	id       int
	customer Customer
}

func (v Order) String() string {
	return "Order { id: " + lisette.FormatValue(v.id) + ", customer: " + lisette.FormatValue(v.customer) + " }"
}

func main() {
	order := Order{id: 1042, customer: Customer{name: "Ines", address: Address{street: "Rua Augusta 12", city: "Lisbon"}}}
	fmt.Println(order.customer.address.city)
	fmt.Printf("#%v for %v\n", order.id, order.customer.name)
	fmt.Println(order.customer.address)
}
