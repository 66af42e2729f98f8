package main

import "fmt"

func main() {
	for _, r := range "Aé" {
		fmt.Println(r)
	}
}
