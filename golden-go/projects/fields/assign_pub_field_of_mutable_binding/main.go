package main

import (
	"fmt"
	"golden/projects/fields/assign_pub_field_of_mutable_binding/config"
)

func main() {
	s := config.Defaults()
	s.Port = 8080
	fmt.Println(s)
	fmt.Println(config.Defaults().Port)
}
