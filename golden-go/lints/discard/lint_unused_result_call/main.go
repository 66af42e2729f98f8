package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func save(record string) lisette.Result[int, string] {
	if len(record) == 0 {
		return lisette.MakeResultErr[int, string]("empty record")
	} else {
		fmt.Println("saved", record)
		return lisette.MakeResultOk[int, string](len(record))
	}
}

func main() {
	_ = save("alpha")
	_ = save("beta")
	fmt.Println("done")
}
