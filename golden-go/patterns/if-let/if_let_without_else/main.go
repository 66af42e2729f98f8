package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type NoticeTag int

const (
	NoticeWarning NoticeTag = iota
	NoticeInfo
)

type Notice struct {
	Tag     NoticeTag
	Warning string
	Info    string
}

func (v Notice) String() string {
	switch v.Tag {
	case NoticeWarning:
		return "Notice.Warning(" + lisette.FormatValue(v.Warning) + ")"
	}
	return "Notice.Info(" + lisette.FormatValue(v.Info) + ")"
}

func main() {
	notices := []Notice{Notice{Tag: NoticeInfo, Info: "disk ok"}, Notice{Tag: NoticeWarning, Warning: "disk 91% full"}, Notice{Tag: NoticeInfo, Info: "net ok"}}
	for _, n := range notices {
		if n.Tag == NoticeWarning {
			text := n.Warning
			fmt.Println("WARNING:", text)
		}
	}
	fmt.Println("checked", len(notices))
}
