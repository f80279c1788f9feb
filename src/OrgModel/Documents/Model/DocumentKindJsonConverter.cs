using System.Text.Json;
using OrgModel.Serialization;
using OrgModel.Utility;

namespace OrgModel.Documents;

