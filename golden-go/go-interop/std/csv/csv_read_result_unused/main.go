package main

import (
	"encoding/csv"
	"fmt"
	"os"
)

func main() {
	w := csv.NewWriter(os.Stdout)
	_ = w.Write([]string{"a", "b"})
	w.Flush()
	fmt.Println("ok")
}
