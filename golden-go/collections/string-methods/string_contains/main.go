package main

import (
	"fmt"
	"strings"
)

func main() {
	log := "error: disk full"
	fmt.Println(strings.Contains(log, "disk"), strings.Contains(log, "Disk"), strings.Contains(log, ""))
}
