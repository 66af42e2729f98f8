package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Person struct {
	First_name string `json:"firstName"`
	LastName   string `json:"last_name"`
}

func (v Person) String() string {
	return "Person { first_name: " + lisette.FormatValue(v.First_name) + ", lastName: " + lisette.FormatValue(v.LastName) + " }"
}

func main() {
	fmt.Println(Person{First_name: "Ada", LastName: "L"})
}
