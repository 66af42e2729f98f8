package main

import "fmt"

func each(items []string, f func(string)) {
	for _, item := range items {
		f(item)
	}
}

func main() {
	each([]string{"tea", "milk"}, func(s string) {
		fmt.Println("buy", s)
	})
	log := func(n int) {
		fmt.Println("n =", n)
	}
	log(3)
}
