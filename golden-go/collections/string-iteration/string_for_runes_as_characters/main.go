package main

import "fmt"

func main() {
	for _, r := range "añb" {
		fmt.Printf("%c\n", r)
	}
}
