package main

import (
	"fmt"
	"golden/projects/methods/pub_method_on_value_from_module/people"
)

func main() {
	p := people.Person{First: "Grace", Last: "Hopper"}
	fmt.Println(p.Full_name())
}
