using OrgModel.Utility;
using System.Collections.Immutable;
using System.Text.Json;
using OrgModel.Deadlines;
using OrgModel.Organisations;
using OrgModel.Serialization.Json;
using OrgModel.Serialization.Organisations;

namespace OrgModel.Serialization.Deadlines;

