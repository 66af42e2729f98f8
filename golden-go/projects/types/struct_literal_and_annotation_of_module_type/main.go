package main

import (
	"fmt"
	"golden/projects/types/struct_literal_and_annotation_of_module_type/models"
)

func main() {
	a := models.Adult("ann")
	b := models.User{Name: "bob", Age: 7}
	fmt.Println(a, b.Age)
}
