package main

import (
	"fmt"
	"slices"
)

func main() {
	admins := []string{"root", "ada"}
	ports := []int{80, 443}
	fmt.Println(slices.Contains(admins, "ada"), slices.Contains(admins, "bob"))
	fmt.Println(slices.Contains(ports, 443), slices.Contains(ports, 8080))
}
