package main

import "fmt"

func main() {
	codes := []int{200, 301, 500}
	for _, c := range codes {
		if c >= 500 {
			panic(c)
		}
		fmt.Printf("code %v is fine\n", c)
	}
}
