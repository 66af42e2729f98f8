package main

import (
	"bufio"
	"fmt"
	lisette "lisette.dev/prelude"
	"os"
)

func report(rows []lisette.Tuple2[string, int]) {
	w := bufio.NewWriter(os.Stdout)
	defer func() {
		_ = w.Flush()
	}()
	for _, item := range rows {
		name := item.First
		n := item.Second
		fmt.Fprintf(w, "%-5s %3d\n", name, n)
	}
	fmt.Println("rows queued:", w.Buffered() > 0)
}

func main() {
	report([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "a", Second: 1}, lisette.Tuple2[string, int]{First: "bb", Second: 22}, lisette.Tuple2[string, int]{First: "ccc", Second: 333}})
	fmt.Println("end")
}
