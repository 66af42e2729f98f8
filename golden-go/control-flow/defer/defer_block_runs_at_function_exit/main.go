package main

import "fmt"

func report(name string) {
	defer func() {
		banner := "end of " + name
		fmt.Println(banner)
	}()
	fmt.Println("start of", name)
}

func main() {
	report("audit")
}
