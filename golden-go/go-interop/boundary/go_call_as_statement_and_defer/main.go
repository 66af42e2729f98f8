package main

import (
	"fmt"
	"os"
)

func report() {
	defer fmt.Println("report done")
	fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Printf("%d items\n", 3)
}

func main() {
	report()
}
