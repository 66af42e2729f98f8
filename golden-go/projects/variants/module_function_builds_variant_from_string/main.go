package main

import (
	"fmt"
	"golden/projects/variants/module_function_builds_variant_from_string/log"
)

func main() {
	fmt.Println(log.Parse("info"))
	fmt.Println(log.Parse("warn!"))
	fmt.Println(log.Parse("loud"))
}
