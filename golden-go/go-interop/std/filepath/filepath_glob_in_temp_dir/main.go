package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"os"
	"path/filepath"
)

func main() {
	var dir string
	subject := lisette.ResultOf(os.MkdirTemp("", "lis-b-glob-*"))
	if subject.Tag != lisette.ResultOk {
		return
	}
	d := subject.OkVal
	dir = d
	for _, name := range []string{"b.csv", "a.csv", "notes.txt", "c.csv.bak"} {
		_ = os.WriteFile(filepath.Join(dir, name), []byte(""), 0o644)
	}
	subject2 := lisette.ResultOf(filepath.Glob(filepath.Join(dir, "*.csv")))
	if subject2.Tag == lisette.ResultOk {
		found := subject2.OkVal
		names := lisette.SliceMap(found, func(p string) string {
			return filepath.Base(p)
		})
		fmt.Println(names)
	} else {
		e := subject2.ErrVal
		fmt.Println(e)
	}
	subject3 := lisette.ResultOf(filepath.Glob(filepath.Join(dir, "*.json")))
	if subject3.Tag == lisette.ResultOk {
		found := subject3.OkVal
		fmt.Println("json files:", len(found))
	} else {
		e := subject3.ErrVal
		fmt.Println(e)
	}
	_ = os.RemoveAll(dir)
}
