package main

import "fmt"

const PRODUCT = "Lisette"

const VERSION = "0.4"

const BANNER = PRODUCT + " v" + VERSION

const RULE = "-" + "-" + "-"

func main() {
	fmt.Println(BANNER)
	fmt.Println(RULE)
}
